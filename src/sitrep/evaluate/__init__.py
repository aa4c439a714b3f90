"""Evaluations of sitrep against public benchmarks."""
