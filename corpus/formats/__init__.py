"""File formats: one class (or small module) per format."""
