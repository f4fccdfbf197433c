package main

var fromB = "b"
