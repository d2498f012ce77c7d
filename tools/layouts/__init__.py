"""One module per record kind; each has build(out_dir). See tools/make_layout_samples.py."""
