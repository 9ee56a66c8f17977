"""Analysis engine (numpy): distributions, Monte Carlo and response comparison."""
