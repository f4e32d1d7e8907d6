// (float)long and (float)ulong round once, directly to float32 (no double rounding through
// float64): 0x7FFFFF4000000001 is just above a float32 midpoint, lost when rounded to double first.
using System;
using System.Runtime.CompilerServices;

class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)] static long L(long x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static ulong U(ulong x) => x;
    static void Main()
    {
        Console.WriteLine(((float)L(0x7FFFFF4000000001)).ToString("R"));
        Console.WriteLine(((float)L(0x0000010000010000 + 0x800 + 1)).ToString("R"));
        Console.WriteLine(((float)L(-0x7FFFFF4000000001)).ToString("R"));
        Console.WriteLine(((float)U(0xFFFFFF4000000001)).ToString("R"));
        Console.WriteLine(((float)U(0x8000008000000001)).ToString("R"));
        Console.WriteLine(((float)L(0x20000010000001)).ToString("R"));
    }
}
