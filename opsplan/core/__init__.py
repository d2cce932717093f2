"""Pure computations: models in, result models out. No I/O, no printing, no CLI imports."""
