// Output on both streams; stdout and stderr are recorded separately.
Console.WriteLine("to stdout 1");
Console.Error.WriteLine("to stderr first line");
Console.Error.WriteLine("to stderr second line");
Console.WriteLine("to stdout 2");
Console.Out.Flush();
return 2;
