// Edge cases of ToString/Format/Concat that commonly trip up implementations.
using System;
using System.Text;

class Program
{
    static void Main()
    {
        Console.WriteLine("[" + string.Concat((string?)null, (string?)null) + "]" + string.Concat("a", (object?)null).Length);
        Console.WriteLine(string.Join(",", new object?[] { null, 1, null }) + "|" + string.Join(",", Array.Empty<string>()) + "|");
        Console.WriteLine(string.Format("{0}", (object?)null) + "|" + string.Format("{0,3}", (object?)null) + "|");
        Console.WriteLine($"{null}|{(string?)null,-3}|{'c',3}|{true,-6}|");
        Console.WriteLine(string.Format("{0:D3} {0:X} {0,5}", (byte)10));
        Console.WriteLine(new StringBuilder().Append((char[]?)null).Append((string?)null).Append((object?)null).Length);
        Console.WriteLine("a\0b".Length + " " + "a\0b".Replace("\0", "<NUL>"));
        Console.WriteLine("x".PadLeft(0) + "|" + "".PadRight(3, '*') + "|" + string.Empty.Substring(0) + "|");
        Console.WriteLine("Hello".Insert(5, "!") + " " + "Hello".Remove(0, 0) + " " + "aaa".Replace("a", "aa") + " " + "aaaa".Replace("aa", "b"));
        Console.WriteLine("abc".IndexOf("") + " " + "abc".LastIndexOf("") + " " + "".IndexOf("") + " " + "abc".Contains("") + " " + "abc".StartsWith("") + " " + "abc".Split("").Length);
        Console.WriteLine(string.Compare(null, null) + " " + string.Compare(null, "") + " " + string.CompareOrdinal("", null));
        Console.WriteLine("ab".Equals("AB", StringComparison.Ordinal) + " " + string.Equals(null, (string?)null));
        Console.WriteLine(((object)"str").ToString() + " " + "abc".ToCharArray().Length + " " + "tab\tsep".Split('\t')[1]);
        Console.WriteLine(1.ToString() + 2 + 3 + " " + (1 + 2) + "3" + " " + 'a' + 'b' + " " + ('a' + "b"));
        Console.WriteLine(string.Concat(new[] { 'x', 'y' }.Select(c => c)) + " " + new string('-', 0).Length + " " + string.Join("", "abc".Reverse()));
        Console.WriteLine(double.MaxValue.ToString().Length + " " + long.MinValue.ToString().Length + " " + (-0.0f).ToString() + " " + float.MinValue);
        Console.WriteLine("\u0041\u030A".Length + " " + "Å".Length + " " + string.Equals("\u0041\u030A", "Å", StringComparison.Ordinal));
    }
}
