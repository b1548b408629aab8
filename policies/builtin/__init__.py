"""Data files (policies, schema) shipped inside the package, so package-data globs include them."""
