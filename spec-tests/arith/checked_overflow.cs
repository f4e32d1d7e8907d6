// checked arithmetic and conversions throw OverflowException; unchecked wraps.
using System;

class Program
{
    static int I(int x) => x;
    static long L(long x) => x;
    static decimal M(decimal x) => x;

    static void Try(string label, Func<object> f)
    {
        try
        {
            Console.WriteLine($"{label}: {f()}");
        }
        catch (OverflowException e)
        {
            Console.WriteLine($"{label}: {e.GetType().Name}: {e.Message}");
        }
    }

    static void Main()
    {
        Try("int add", () => checked(I(int.MaxValue) + 1));
        Try("int sub", () => checked(I(int.MinValue) - 1));
        Try("int mul", () => checked(I(65536) * I(65536)));
        Try("int neg", () => checked(-I(int.MinValue)));
        Try("int ok", () => checked(I(1000) * I(1000)));
        Try("long mul", () => checked(L(long.MaxValue) * 2));
        Try("long add", () => checked(L(long.MaxValue) + L(1)));
        Try("uint sub", () => checked((uint)I(1) - (uint)I(2)));
        Try("ulong add", () => checked(ulong.MaxValue + (ulong)L(1)));
        Try("long->int", () => checked((int)L(3_000_000_000)));
        Try("int->byte", () => checked((byte)I(256)));
        Try("int->uint", () => checked((uint)I(-1)));
        Try("double->int", () => checked((int)(double)L(3_000_000_000)));
        Try("double->int ok", () => checked((int)(double)L(-2_000_000_000)));
        Try("NaN->long", () => checked((long)(0.0 / I(0))));
        Try("unchecked", () => unchecked(I(int.MaxValue) + 1));
        Try("decimal mul", () => M(decimal.MaxValue) * 2);
        Try("decimal->int", () => (int)M(79228162514264337593543950335m));
        Try("Convert.ToInt32", () => Convert.ToInt32(L(5_000_000_000)));
        Try("Convert.ToByte", () => Convert.ToByte(-1));
        Try("Math.Abs", () => Math.Abs(I(int.MinValue)));
        Try("int.Parse", () => int.Parse("2147483648"));
        int counter = int.MaxValue - 2;
        try
        {
            checked
            {
                for (int k = 0; k < 5; k++) { counter++; Console.WriteLine("counter=" + counter); }
            }
        }
        catch (OverflowException) { Console.WriteLine("loop overflowed at " + counter); }
    }
}
