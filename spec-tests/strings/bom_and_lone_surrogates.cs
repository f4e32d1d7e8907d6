// String literals and strings read back by the runtime keep every UTF-16 code unit: a leading
// U+FEFF (a byte order mark to a decoder) and lone surrogates.
using System;

class Program
{
    static string Units(string s)
    {
        var parts = new string[s.Length];
        for (int i = 0; i < s.Length; i++) parts[i] = ((int)s[i]).ToString("X4");
        return string.Join(" ", parts);
    }

    static void Main()
    {
        string bom = "\uFEFFabc";
        Console.WriteLine(bom.Length + " " + Units(bom));
        string lone = "a\uDC00b\uD800";
        Console.WriteLine(lone.Length + " " + Units(lone) + " " + char.IsLowSurrogate(lone, 1) + " " + char.IsHighSurrogate(lone, 3));
        // 64 characters and more are read back by natives through a decoder.
        string longBom = "\uFEFF" + new string('x', 80);
        string back = longBom.Replace('x', 'y');
        Console.WriteLine(back.Length + " " + ((int)back[0]).ToString("X4") + " " + back.IndexOf('\uFEFF'));
        string longLone = new string('z', 70) + "\uD83D";
        string upper = longLone.ToUpperInvariant();
        Console.WriteLine(upper.Length + " " + ((int)upper[70]).ToString("X4"));
        Console.WriteLine(string.Concat(longBom, "!").Length);
        Console.WriteLine(("\uFEFF" + new string('q', 100)).Trim().Length);
    }
}
