package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "NAME\tAGE\tCITY")
	fmt.Fprintln(w, "Alice\t30\tParis")
	fmt.Fprintln(w, "Bartholomew\t5\tRio de Janeiro")
	fmt.Fprintln(w, "Zoë\t101\t東京")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tbbb\tc\t")
	fmt.Fprintln(w, "aaaa\tb\tcccc\t")
	fmt.Fprintln(w, "x\t\ty\t")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 4, 0, '\t', tabwriter.TabIndent)
	fmt.Fprintf(w, "\tindented\tcol\n\t\tdeeper\tx\n")
	w.Flush()
	w.Init(os.Stdout, 10, 4, 1, '-', tabwriter.DiscardEmptyColumns|tabwriter.FilterHTML)
	fmt.Fprint(w, "<b>bold</b>\t&amp;\t\n\t\tz\n")
	w.Flush()
}
