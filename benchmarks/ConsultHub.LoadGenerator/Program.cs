Console.Error.WriteLine("The load generator is being written; see benchmarks/README in a later commit.");
return 2;
