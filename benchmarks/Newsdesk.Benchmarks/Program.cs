using BenchmarkDotNet.Running;

// Every benchmark class of this assembly; choose with --filter, e.g. --filter '*Parse*' --job short.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
