// Numeric conversions: truncation, sign extension, and .NET's saturating float-to-int casts.
using System;

class Program
{
    static double D(double x) => x;
    static float F(float x) => x;
    static int I(int x) => x;
    static long L(long x) => x;

    static void Main()
    {
        Console.WriteLine((byte)I(300) + " " + (sbyte)I(200) + " " + (short)I(70000) + " " + (ushort)I(-1));
        Console.WriteLine((int)L(0x1_0000_0005) + " " + (int)L(-4_294_967_297) + " " + (uint)L(-1));
        Console.WriteLine((long)I(-5) + " " + (ulong)I(-5) + " " + (long)(uint)I(-5));
        Console.WriteLine((char)I(65) + " " + (int)'z' + " " + (char)I(0x1F600 & 0xFFFF));
        Console.WriteLine("truncation toward zero:");
        foreach (double d in new[] { 2.9, -2.9, 0.5, -0.5, 1e-300, -0.0 })
            Console.Write((int)D(d) + " ");
        Console.WriteLine();
        Console.WriteLine("saturation:");
        double[] specials = { 3e9, -3e9, 1e20, -1e20, double.PositiveInfinity, double.NegativeInfinity, double.NaN, 2147483647.9, -2147483648.9 };
        foreach (double d in specials)
        {
            double x = D(d);
            Console.WriteLine($"{x}: int={(int)x} uint={(uint)x} long={(long)x} ulong={(ulong)x} short={(short)x} byte={(byte)x}");
        }
        float f = F(1e10f);
        Console.WriteLine($"float {f}: int={(int)f} long={(long)f} uint={(uint)f}");
        Console.WriteLine($"float NaN: int={(int)F(float.NaN)} ulong={(ulong)F(float.NaN)}");
        Console.WriteLine($"-1.5 -> ulong={(ulong)D(-1.5)} uint={(uint)D(-1.5)}");
        Console.WriteLine("int->float loses precision: " + (float)I(16777217) + " " + (int)(float)I(16777217));
        Console.WriteLine("long->double: " + (double)L(9007199254740993) + " " + (long)(double)L(9007199254740993));
        Console.WriteLine("ulong->double: " + (double)ulong.MaxValue + " " + (float)ulong.MaxValue);
        Console.WriteLine("double->float: " + (float)D(0.1) + " " + (double)(float)D(0.1) + " " + (float)D(1e40));
        Console.WriteLine("Convert rounds to even: " + Convert.ToInt32(2.5) + " " + Convert.ToInt32(3.5) + " " + Convert.ToInt32(-2.5) + " " + Convert.ToInt64(0.5000001));
        Console.WriteLine("decimal casts: " + (int)7.9m + " " + (int)-7.9m + " " + (long)123456789012.99m + " " + (decimal)D(0.1) + " " + (double)0.1m);
        Console.WriteLine("bool->string: " + Convert.ToString(true) + " " + Convert.ToInt32(true));
    }
}
