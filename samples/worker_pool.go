// Sample: "Advanced work pool" (section: WaitGroup / worker pool).
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// ---- from the document (verbatim) ----
type Job struct {
	ID   int
	Data string
}
type Result struct {
	JobID     int
	Processed string
	Error     error
}

func WorkerPool(jobs []Job, numWorkers int) []Result {
	var wg sync.WaitGroup
	jobsChan := make(chan Job, len(jobs))       // Buffered channel for jobs
	resultsChan := make(chan Result, len(jobs)) // Buffered channel for results
	// Start workers
	for i := 0; i < numWorkers; i++ {
		wg.Add(1)
		go worker(&wg, jobsChan, resultsChan)
	}
	// Send jobs
	go func() {
		for _, job := range jobs {
			jobsChan <- job
		}
		close(jobsChan) // Close after all jobs are sent
	}()
	// Wait and collect results
	go func() {
		wg.Wait()
		close(resultsChan) // Close after all workers are done
	}()
	// Collect results
	var results []Result
	for result := range resultsChan {
		results = append(results, result)
	}
	return results
}
func worker(wg *sync.WaitGroup, jobs <-chan Job, results chan<- Result) {
	defer wg.Done()
	for job := range jobs {
		// Process job
		result := Result{
			JobID:     job.ID,
			Processed: processJob(job), // processing logic
		}
		results <- result
	}
}

// ---- end of document code ----

// processJob is the processing logic the document leaves to the reader.
func processJob(job Job) string {
	return strings.ToUpper(job.Data)
}

func main() {
	jobs := []Job{
		{ID: 1, Data: "alpha"}, {ID: 2, Data: "beta"}, {ID: 3, Data: "gamma"},
		{ID: 4, Data: "delta"}, {ID: 5, Data: "epsilon"}, {ID: 6, Data: "zeta"},
	}
	results := WorkerPool(jobs, 3)
	// Results arrive in completion order: sort them by job id.
	sort.Slice(results, func(i, j int) bool { return results[i].JobID < results[j].JobID })
	for _, r := range results {
		fmt.Printf("job %d: %s (error: %v)\n", r.JobID, r.Processed, r.Error)
	}
	fmt.Println(len(results), "results")
}
