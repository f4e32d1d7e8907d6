// Common System.String members (ordinal behaviour where a comparison is involved).
using System;

class Program
{
    static void Main()
    {
        string s = "  Hello, World! Hello!  ";
        string t = s.Trim();
        Console.WriteLine($"[{t}] {t.Length} [{s.TrimStart()}] [{s.TrimEnd()}] [{"xxabcxx".Trim('x')}]");
        Console.WriteLine(t.Substring(7) + "|" + t.Substring(7, 5) + "|" + t[0] + t[^1]);
        Console.WriteLine(t[7..12] + "|" + t[..5] + "|" + t[^6..]);
        Console.WriteLine(t.IndexOf('o') + " " + t.LastIndexOf('o') + " " + t.IndexOf("Hello", 1, StringComparison.Ordinal) + " " + t.IndexOf('z'));
        Console.WriteLine(t.IndexOf('l', 5) + " " + t.IndexOfAny(new[] { 'W', '!' }) + " " + t.LastIndexOfAny(new[] { 'H', 'W' }));
        Console.WriteLine(t.Replace("Hello", "Bye") + " | " + t.Replace('l', 'L') + " | " + t.Replace("l", ""));
        Console.WriteLine(t.ToUpperInvariant() + " | " + t.ToLowerInvariant() + " | " + t.ToUpper());
        Console.WriteLine(t.Contains("World") + " " + t.Contains('!') + " " + t.StartsWith("Hell", StringComparison.Ordinal) + " " + t.EndsWith('!') + " " + t.EndsWith("lo!", StringComparison.Ordinal));
        Console.WriteLine(t.Insert(5, "___") + " | " + t.Remove(5) + " | " + t.Remove(5, 2));
        Console.WriteLine("[" + "ab".PadLeft(5) + "][" + "ab".PadRight(5, '.') + "][" + "abcdef".PadLeft(3) + "]");
        Console.WriteLine(new string('=', 10) + " " + new string(new[] { 'a', 'b', 'c' }) + " " + new string(new[] { 'a', 'b', 'c', 'd' }, 1, 2));
        Console.WriteLine(string.Join(", ", "a,b,,c".Split(',')) + " | " + "a,b,,c".Split(',', StringSplitOptions.RemoveEmptyEntries).Length);
        Console.WriteLine(string.Join("|", "one  two three".Split(' ', 2)) + " | " + string.Join("|", " x y ".Split(' ', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));
        Console.WriteLine(string.Join("|", "a--b--c".Split("--")) + " | " + string.Join(";", new[] { 1, 2, 3 }) + " | " + string.Join(",", new List<string> { "x" }));
        Console.WriteLine(string.Concat("x", "y", "z") + " " + string.Concat(Enumerable.Repeat("ab", 3)));
        Console.WriteLine(new string(t.Reverse().ToArray()));
        Console.WriteLine(string.IsNullOrEmpty("") + " " + string.IsNullOrEmpty(null) + " " + string.IsNullOrWhiteSpace(" \t\n") + " " + string.IsNullOrWhiteSpace("x"));
        Console.WriteLine(ReferenceEquals(string.Empty, "") + " " + "".Length);
        char[] chars = t.ToCharArray();
        Array.Reverse(chars, 0, 5);
        Console.WriteLine(new string(chars));
        Console.WriteLine(t.Count(c => c == 'l') + " " + t.Distinct().Count() + " " + t.First() + t.Last());
        Console.WriteLine("abc".CompareTo("abd") + " " + "b".CompareTo("a") + " " + "abc".Equals("ABC", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("tab\there".Replace("\t", "\\t") + " " + "line1\nline2".Split('\n').Length + " " + "a\r\nb".ReplaceLineEndings("|"));
        Console.WriteLine(string.Format("{0}-{1}", "x", 5) + " " + "Hello"[1..^1] + " " + "abc".AsSpan(1).ToString());
        Console.WriteLine("ABC".ToLower() + "xyz".ToUpper() + " " + "İ".ToLowerInvariant().Length + " " + "ß".ToUpperInvariant());
    }
}
