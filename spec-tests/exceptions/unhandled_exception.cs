// An unhandled exception terminates the process: stderr starts with
// "Unhandled exception. <type>: <message>" and the exit code is 134 (SIGABRT) on Linux.
using System;

class Program
{
    static void Level2(int x)
    {
        if (x > 1) throw new InvalidOperationException($"something broke at x={x}");
    }

    static void Main()
    {
        Console.WriteLine("before");
        for (int i = 0; i < 5; i++)
        {
            Console.WriteLine("i=" + i);
            Level2(i);
        }
        Console.WriteLine("never printed");
    }
}
