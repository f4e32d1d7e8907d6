// stdin: 5\n
// The exit code can be computed from input; output before exiting is flushed.
using System;

class Program
{
    static int Main()
    {
        int n = int.Parse(Console.ReadLine()!);
        for (int i = 1; i <= n; i++) Console.Write(i + (i < n ? " " : "\n"));
        Console.Out.Flush();
        Environment.ExitCode = 99;
        return n * 2;
    }
}
