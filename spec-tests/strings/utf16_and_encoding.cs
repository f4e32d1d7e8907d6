// Strings are UTF-16: surrogate pairs, runes, and UTF-8 encoding/decoding.
using System;
using System.Text;

class Program
{
    static void Main()
    {
        string s = "a\u00e9\u4e2d\U0001F600z";
        Console.WriteLine("Length=" + s.Length);
        foreach (char c in s) Console.Write(((int)c).ToString("X4") + " ");
        Console.WriteLine();
        foreach (Rune r in s.EnumerateRunes()) Console.Write($"U+{r.Value:X} ({r.Utf8SequenceLength},{r.Utf16SequenceLength}) ");
        Console.WriteLine();
        byte[] utf8 = Encoding.UTF8.GetBytes(s);
        Console.WriteLine(utf8.Length + ": " + BitConverter.ToString(utf8));
        Console.WriteLine(Encoding.UTF8.GetString(utf8) == s);
        Console.WriteLine(Encoding.UTF8.GetByteCount("héllo") + " " + Encoding.Unicode.GetByteCount("héllo") + " " + Encoding.ASCII.GetString(Encoding.ASCII.GetBytes("héllo")));
        byte[] invalid = { 0x61, 0xFF, 0x62, 0xC3 };
        string decoded = Encoding.UTF8.GetString(invalid);
        Console.WriteLine(decoded.Length + " " + string.Join(",", decoded.Select(c => ((int)c).ToString("X4"))));
        string lone = "x\uD800y";
        Console.WriteLine(BitConverter.ToString(Encoding.UTF8.GetBytes(lone)));
        Console.WriteLine(Convert.ToBase64String(Encoding.UTF8.GetBytes("dotnode!")) + " " + Encoding.UTF8.GetString(Convert.FromBase64String("aGk=")));
        Console.WriteLine(Convert.ToHexString(Encoding.UTF8.GetBytes("€")) + " " + Encoding.Latin1.GetBytes("é")[0]);
        Console.WriteLine(s.Normalize(NormalizationForm.FormD).Length + " " + "e\u0301".Normalize().Length);
        Console.WriteLine(new string(s.Reverse().ToArray()).Length + " " + s.Substring(3, 2) + " " + s.IndexOf("\U0001F600", StringComparison.Ordinal));
        var preamble = Encoding.UTF8.GetPreamble();
        Console.WriteLine(preamble.Length + " " + new UTF8Encoding(false).GetPreamble().Length);
    }
}
