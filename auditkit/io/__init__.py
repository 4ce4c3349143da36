"""Reading inputs: finding files, decompressing, detecting encodings, splitting containers into units."""
