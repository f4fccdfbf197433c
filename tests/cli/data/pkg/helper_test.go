package main

this file is a test file and must not be compiled
