// static void Main() with no parameters: exit code 0.
using System;

static class Program
{
    static void Main()
    {
        Console.WriteLine("void Main without parameters");
        Console.WriteLine(typeof(Program).Name);
    }
}
