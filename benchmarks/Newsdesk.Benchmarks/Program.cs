using BenchmarkDotNet.Running;
using Newsdesk.Benchmarks;

// `export-load`: the export measured against Azurite (scripts/bench-export.sh); anything else runs BenchmarkDotNet.
if (args is ["export-load", ..])
{
    return await ExportLoad.RunAsync(args[1..]);
}

// Every benchmark class of this assembly; choose with --filter, e.g. --filter '*Parse*' --job short.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
