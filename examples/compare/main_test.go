package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	var out, errb bytes.Buffer
	code := run([]string{"-json", "../../seeds/000_4f98a978032fd170.txt", "/nonexistent/file.txt", "../../seeds/002_b88d5b1187baf40b.txt"}, &out, &errb)
	if code != 1 {
		t.Errorf("exit status %d, want 1 for an unreadable file", code)
	}
	if lines := strings.Split(strings.TrimSpace(errb.String()), "\n"); len(lines) != 1 || !strings.Contains(lines[0], "/nonexistent/file.txt") {
		t.Errorf("stderr = %q, want one line naming the file", errb.String())
	}
	var groups []map[string]any
	if err := json.Unmarshal(out.Bytes(), &groups); err != nil {
		t.Fatalf("-json output is not JSON: %v\n%s", err, out.String())
	}
	if len(groups) == 0 {
		t.Errorf("no group from two seeds about the same facts")
	}
}

func TestBadFlag(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"-nope", "x"}, &out, &errb); code != 2 {
		t.Errorf("exit status %d, want 2", code)
	}
	if n := strings.Count(errb.String(), "\n"); n != 1 {
		t.Errorf("stderr has %d lines, want 1: %q", n, errb.String())
	}
	if code := run(nil, &out, &errb); code != 2 {
		t.Errorf("no files: exit status %d, want 2", code)
	}
}
