// Math.Round(x, digits): large values are returned unchanged (no overflow from scaling),
// MathF.Round(x, digits) scales in float32, and digits outside 0..15 or an undefined
// MidpointRounding throw.
using System;

class Program
{
    static void T(Func<object> f)
    {
        try { Console.WriteLine(f()); } catch (Exception e) { Console.WriteLine(e.GetType().Name); }
    }
    static void Main()
    {
        double big = 1e300;
        T(() => Math.Round(big, 15));
        T(() => Math.Round(big, 2, MidpointRounding.AwayFromZero));
        float f = 2.675f;
        T(() => MathF.Round(f, 2));
        T(() => Math.Round(1.5, 16));
        T(() => Math.Round(1.5, -1));
        T(() => Math.Round(1.5, (MidpointRounding)9));
    }
}
