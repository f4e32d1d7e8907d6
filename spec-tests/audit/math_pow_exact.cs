// Math.Pow(10, k) for small integer k gives the correctly rounded power of ten
// (V8's Math.pow does not for k = -5, -4, 26, ...).
using System;

class Program
{
    static void Main()
    {
        foreach (int k in new[] { -29, -24, -17, -5, -4, -1, 2, 26, 29 })
            Console.WriteLine(k + " " + Math.Pow(10, k).ToString("R") + " " + (Math.Pow(10, k) == double.Parse("1e" + k)));
    }
}
