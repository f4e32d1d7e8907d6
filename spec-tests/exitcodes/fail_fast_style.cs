// An unhandled exception thrown from a nested helper after partial output; exit code 134.
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var d = new Dictionary<string, int> { ["a"] = 1 };
        Console.WriteLine("a=" + d["a"]);
        Console.WriteLine("b=" + d["b"]);
    }
}
