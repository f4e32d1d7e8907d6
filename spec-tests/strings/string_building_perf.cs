// Repeated concatenation and StringBuilder over many iterations produce the same text.
using System;
using System.Text;

class Program
{
    static void Main()
    {
        string s = "";
        for (int i = 0; i < 2000; i++) s += (char)('a' + i % 26);
        var sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) sb.Append((char)('a' + i % 26));
        Console.WriteLine(s.Length + " " + (s == sb.ToString()) + " " + s[1999] + " " + s.Substring(0, 30));
        var lines = new StringBuilder();
        for (int i = 1; i <= 12; i++) lines.AppendLine($"{i,2} x 7 = {i * 7,3}");
        Console.Write(lines);
        string joined = string.Join("", Enumerable.Range(0, 100).Select(i => i.ToString()));
        Console.WriteLine(joined.Length + " " + joined[^10..]);
        int hash = 17;
        foreach (char c in s) hash = unchecked(hash * 31 + c);
        Console.WriteLine("polynomial hash " + hash);
        var words = new string[500];
        for (int i = 0; i < words.Length; i++) words[i] = "w" + (i * 37 % 500);
        Array.Sort(words, StringComparer.Ordinal);
        Console.WriteLine(words[0] + " " + words[1] + " " + words[^1] + " distinct=" + words.Distinct().Count());
    }
}
