// stdin: first line\nsecond line\n\nlast without newline
// Reading standard input line by line until end of stream.
using System;

class Program
{
    static void Main()
    {
        int n = 0;
        string? line;
        while ((line = Console.ReadLine()) != null)
        {
            n++;
            Console.WriteLine($"{n}: [{line}] {line.Length}");
        }
        Console.WriteLine("lines=" + n);
        Console.WriteLine("after EOF: " + (Console.ReadLine() == null));
    }
}
