// double.ToString() produces the shortest string that round-trips (since .NET Core 3.0).
using System;

class Program
{
    static void Main()
    {
        double[] values =
        {
            0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100, 1e15, 1e16, 1e17, 123456789012345678, 1e21, 1e-5, 1e-4, 0.0001234,
            5e-324, 2.2250738585072014E-308, double.MaxValue, Math.PI * 1e10, 9007199254740993, 0.30000000000000004,
            1.7976931348623157e308, 4.35, 2.675, 1e23, 8.41e21, 5.0e-7, 123.456e-300, -1.5e-9, 12345678.9
        };
        foreach (double d in values)
        {
            string s = d.ToString();
            string r = d.ToString("R");
            string e17 = d.ToString("E16");
            bool rt = double.Parse(s) == d;
            Console.WriteLine($"{s,-26} R={r,-26} E16={e17,-24} roundtrip={rt}");
        }
        float[] floats = { 0.1f, 1f / 3, 16777216f, 1e-45f, 3.4028235e38f, 0.3f, 1.1f * 1.1f, 7e-10f };
        foreach (float f in floats)
            Console.WriteLine($"{f,-16} G9={f.ToString("G9"),-16} as double={(double)f}");
        Console.WriteLine($"{(Half)0.1f} {(Half)65504f} {(Half)1e-8f}");
    }
}
