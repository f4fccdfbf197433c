// Sample: sync.Pool for frequently allocated buffers (section: performance).
package main

import (
	"bytes"
	"fmt"
	"sync"
)

// ---- from the document (verbatim) ----
var bufferPool = sync.Pool{
	New: func() interface{} {
		return new(bytes.Buffer)
	},
}

func processData(data []byte) error {
	buf := bufferPool.Get().(*bytes.Buffer)
	defer func() {
		buf.Reset()
		bufferPool.Put(buf)
	}()
	// Example of using buffer for processing
	buf.Write(data)
	// Do more work with buf...
	return nil
}

// ---- end of document code ----

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				if err := processData([]byte(fmt.Sprintf("record %d-%d", i, k))); err != nil {
					fmt.Println(err)
				}
			}
		}(i)
	}
	wg.Wait()
	// Whatever Get returns now, pooled or new, it is an empty buffer.
	buf := bufferPool.Get().(*bytes.Buffer)
	fmt.Println("buffer from the pool is empty:", buf.Len() == 0)
	fmt.Println("processed 800 records")
}
