"""Readers and writers for CSV, XLSX, JSON and VERIS."""
