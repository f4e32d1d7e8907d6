// Environment.ExitCode is used when Main returns void.
Console.WriteLine("setting Environment.ExitCode = 5");
Environment.ExitCode = 5;
Console.WriteLine("ExitCode reads back as " + Environment.ExitCode);
