// DateTime is a single 64-bit field: Unsafe.SizeOf<DateTime>() is 8 (TimeSpan too).
using System;
using System.Runtime.CompilerServices;

class Program
{
    static void Main()
    {
        Console.WriteLine(Unsafe.SizeOf<DateTime>());
        Console.WriteLine(Unsafe.SizeOf<TimeSpan>());
        Console.WriteLine(Unsafe.SizeOf<DateTimeOffset>());
    }
}
