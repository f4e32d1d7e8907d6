// The int returned from Main becomes the process exit code.
using System;

class Program
{
    static int Compute(int a, int b) => a * b - 5;

    static int Main()
    {
        int code = Compute(6, 8);
        Console.WriteLine("returning " + code);
        return code;
    }
}
