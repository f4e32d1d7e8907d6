// Environment.Exit ends the process immediately with the given code.
using System;

class Program
{
    static void Helper()
    {
        Console.WriteLine("in helper, exiting with 9");
        Environment.Exit(9);
        Console.WriteLine("not reached (helper)");
    }

    static int Main()
    {
        Console.WriteLine("start");
        Helper();
        Console.WriteLine("not reached (main)");
        return 1;
    }
}
