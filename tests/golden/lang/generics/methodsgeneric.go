package main

import (
	"fmt"
	"strings"
)

type Queue[T any] struct {
	items []T
}

func NewQueue[T any](items ...T) *Queue[T] {
	return &Queue[T]{items: items}
}

func (q *Queue[T]) Enqueue(v T) { q.items = append(q.items, v) }

func (q *Queue[T]) Dequeue() (T, error) {
	var zero T
	if len(q.items) == 0 {
		return zero, fmt.Errorf("empty queue of %T", zero)
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, nil
}

func (q *Queue[T]) String() string {
	parts := make([]string, len(q.items))
	for i, it := range q.items {
		parts[i] = fmt.Sprint(it)
	}
	return "Queue[" + strings.Join(parts, ",") + "]"
}

type Cache[K comparable, V any] struct {
	data  map[K]V
	order []K
	cap   int
}

func NewCache[K comparable, V any](n int) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), cap: n}
}

func (c *Cache[K, V]) Put(k K, v V) {
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
		if len(c.order) > c.cap {
			oldest := c.order[0]
			c.order = c.order[1:]
			delete(c.data, oldest)
		}
	}
	c.data[k] = v
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.data[k]
	return v, ok
}

func main() {
	q := NewQueue(1, 2)
	q.Enqueue(3)
	fmt.Println(q)
	v, err := q.Dequeue()
	fmt.Println(v, err, q)
	e := NewQueue[string]()
	_, err = e.Dequeue()
	fmt.Println(err)
	c := NewCache[string, int](2)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	_, okA := c.Get("a")
	vc, okC := c.Get("c")
	fmt.Println(okA, vc, okC, c.order)
}
