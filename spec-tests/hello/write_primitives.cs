// Console.WriteLine / Console.Write overloads for the primitive types.
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine("a string");
        Console.WriteLine(42);
        Console.WriteLine(-42);
        Console.WriteLine(int.MaxValue);
        Console.WriteLine(int.MinValue);
        Console.WriteLine(9_000_000_000L);
        Console.WriteLine(long.MinValue);
        Console.WriteLine(4_000_000_000u);
        Console.WriteLine(ulong.MaxValue);
        Console.WriteLine(true);
        Console.WriteLine(false);
        Console.WriteLine('x');
        Console.WriteLine(3.5);
        Console.WriteLine(0.1 + 0.2);
        Console.WriteLine(1.0 / 3.0);
        Console.WriteLine(2.5f);
        Console.WriteLine(1.0f / 3.0f);
        Console.WriteLine(1e308 * 10);
        Console.WriteLine(-1e308 * 10);
        Console.WriteLine(0.0 / 0.0);
        Console.WriteLine(12.50m);
        Console.WriteLine((object)7);
        Console.WriteLine(new object());
        Console.WriteLine((string?)null);
        Console.WriteLine((object?)null);
        Console.WriteLine(new[] { 'c', 'h', 'a', 'r', 's' });
        Console.WriteLine((byte)255);
        Console.WriteLine((sbyte)-128);
        Console.WriteLine((short)-32768);
        Console.WriteLine((ushort)65535);
        Console.WriteLine();
        Console.Write("no newline;");
        Console.Write(1);
        Console.Write(' ');
        Console.Write(2L);
        Console.Write(' ');
        Console.Write(true);
        Console.Write(' ');
        Console.Write(1.5);
        Console.Write(' ');
        Console.Write(0.25f);
        Console.Write(' ');
        Console.Write((object?)null);
        Console.Write("|\n");
    }
}
