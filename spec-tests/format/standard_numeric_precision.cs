// standard numeric formats with precision specifiers across integer and floating types
long[] ls = { 0, 1, -1, 255, -1000000, long.MaxValue };
foreach (var f in new[] { "D", "D8", "N0", "N2", "X", "x4", "F1", "E3", "G", "G3", "P0", "B", "C" })
{
    Console.Write(f.PadRight(4));
    foreach (var l in ls)
    {
        string s;
        try { s = l.ToString(f); } catch (FormatException) { s = "FormatException"; }
        Console.Write(" | " + s);
    }
    Console.WriteLine();
}
double[] ds = { 0, -0.0, 1.5, -2.25, 1e-7, 123456.789, 1e21, double.Epsilon, double.NaN, double.NegativeInfinity };
foreach (var f in new[] { "G", "G5", "R", "F", "F3", "N1", "E", "e2", "P1", "C2" })
{
    Console.Write(f.PadRight(4));
    foreach (var d in ds) Console.Write(" | " + d.ToString(f));
    Console.WriteLine();
}
float[] fs = { 1.1f, 3.4028235e38f, 1e-10f, 0.3f, 16777217f };
Console.WriteLine(string.Join(" | ", fs.Select(f => f.ToString())));
Console.WriteLine(string.Join(" | ", fs.Select(f => f.ToString("G9"))));
Console.WriteLine(string.Join(" | ", fs.Select(f => ((double)f).ToString())));
byte b = 200; sbyte sb = -100; short sh = -32768; ushort us = 65535;
Console.WriteLine($"{b:X} {sb:X} {sh:X} {us:X} {sb:D5} {sh:N0}");
decimal[] ms = { 0m, 1.10m, -123.456m, 79228162514264337593543950335m, 0.0000001m };
foreach (var f in new[] { "G", "F2", "N3", "E2", "P", "0.#" })
    Console.WriteLine(f.PadRight(4) + string.Join(" | ", ms.Select(m => m.ToString(f))));
