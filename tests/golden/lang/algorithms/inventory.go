package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	SKU   string
	Name  string
	Qty   int
	Price float64
	Tags  []string
}

type Inventory struct {
	items map[string]*Item
}

func (inv *Inventory) Add(it Item) {
	if inv.items == nil {
		inv.items = make(map[string]*Item)
	}
	if ex, ok := inv.items[it.SKU]; ok {
		ex.Qty += it.Qty
		return
	}
	cp := it
	inv.items[it.SKU] = &cp
}

func (inv *Inventory) Remove(sku string, n int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("unknown sku %s", sku)
	}
	if it.Qty < n {
		return fmt.Errorf("only %d of %s left", it.Qty, it.Name)
	}
	it.Qty -= n
	if it.Qty == 0 {
		delete(inv.items, sku)
	}
	return nil
}

func (inv *Inventory) Report() string {
	skus := make([]string, 0, len(inv.items))
	for s := range inv.items {
		skus = append(skus, s)
	}
	sort.Strings(skus)
	var sb strings.Builder
	total := 0.0
	for _, s := range skus {
		it := inv.items[s]
		v := float64(it.Qty) * it.Price
		total += v
		fmt.Fprintf(&sb, "%-5s %-10s %4d %8.2f [%s]\n", it.SKU, it.Name, it.Qty, v, strings.Join(it.Tags, ","))
	}
	fmt.Fprintf(&sb, "total value: %.2f\n", total)
	return sb.String()
}

func main() {
	var inv Inventory
	inv.Add(Item{"A1", "widget", 10, 2.5, []string{"metal"}})
	inv.Add(Item{"B2", "gadget", 3, 19.99, nil})
	inv.Add(Item{"A1", "widget", 5, 2.5, nil})
	inv.Add(Item{"C3", "doohickey", 1, 100, []string{"rare", "fragile"}})
	fmt.Print(inv.Report())
	fmt.Println(inv.Remove("B2", 5))
	fmt.Println(inv.Remove("Z9", 1))
	fmt.Println(inv.Remove("C3", 1))
	fmt.Print(inv.Report())
}
