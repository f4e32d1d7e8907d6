// Start-up benchmark: the smallest program that touches the console.
using System;

public static class Hello
{
    public static int Main(string[] args)
    {
        Console.WriteLine("Hello, World!");
        return 0;
    }
}
