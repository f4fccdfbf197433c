package main

func helper() string { return "helper.go" }
