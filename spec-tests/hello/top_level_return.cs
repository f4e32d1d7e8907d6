// args: alpha beta
// Top-level statements that use args and return an exit code.
Console.WriteLine($"top-level with {args.Length} args");
foreach (var a in args)
    Console.WriteLine(a.ToUpperInvariant());
if (args.Length == 2)
    return 17;
return 0;
