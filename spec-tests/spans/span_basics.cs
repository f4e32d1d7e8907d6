// Span<T>/ReadOnlySpan<T>: slicing without copying, stackalloc, Fill/CopyTo/Reverse, span-based parsing.
using System;

class Program
{
    static int Sum(ReadOnlySpan<int> xs)
    {
        int s = 0;
        foreach (var x in xs) s += x;
        return s;
    }

    static void Main()
    {
        int[] arr = { 1, 2, 3, 4, 5, 6, 7, 8 };
        Span<int> span = arr;
        Span<int> mid = span.Slice(2, 4);
        mid[0] = 30;
        mid.Reverse();
        Console.WriteLine(string.Join(",", arr) + " mid.Length=" + mid.Length + " sum=" + Sum(mid));
        Span<int> stack = stackalloc int[5];
        for (int i = 0; i < stack.Length; i++) stack[i] = i * i;
        Console.WriteLine(Sum(stack) + " " + stack[^1] + " " + stack.IndexOf(9) + " " + stack.Contains(7));
        Span<byte> bytes = stackalloc byte[4];
        bytes.Fill(0xAB);
        bytes[1..3].Clear();
        Console.WriteLine(Convert.ToHexString(bytes));
        var target = new int[10];
        span[..3].CopyTo(target.AsSpan(5));
        Console.WriteLine(string.Join(",", target));
        Console.WriteLine(span[..3].TryCopyTo(new int[2]) + " " + span.StartsWith(new[] { 1, 2 }) + " " + span.SequenceEqual(arr));
        ReadOnlySpan<char> text = "key=value;other=thing";
        int semi = text.IndexOf(';');
        ReadOnlySpan<char> first = text[..semi];
        int eq = first.IndexOf('=');
        Console.WriteLine($"[{first[..eq].ToString()}] [{first[(eq + 1)..].ToString()}] [{text[(semi + 1)..].ToString()}]");
        Console.WriteLine(int.Parse("12345".AsSpan(1, 3)) + " " + "  trim me  ".AsSpan().Trim().ToString() + "|" + "abc".AsSpan().SequenceCompareTo("abd"));
        Span<char> chars = stackalloc char[16];
        bool ok = 1234.5678.TryFormat(chars, out int written, "F2");
        Console.WriteLine(ok + " " + written + " " + chars[..written].ToString());
        var mem = new Memory<int>(arr, 1, 3);
        mem.Span[0] = -2;
        Console.WriteLine(arr[1] + " " + mem.Length + " " + string.Join(",", mem.ToArray()));
        Span<int> sorted = new[] { 5, 1, 4, 2 };
        sorted.Sort();
        Console.WriteLine(string.Join(",", sorted.ToArray()) + " " + sorted.BinarySearch(4));
        try
        {
            Span<int> s = arr;
            var bad = s.Slice(6, 5);
        }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name); }
        ReadOnlySpan<byte> utf8 = "hi"u8;
        Console.WriteLine(utf8.Length + " " + utf8[0] + " " + System.Text.Encoding.UTF8.GetString(utf8));
        Span<int> empty = Span<int>.Empty;
        Console.WriteLine(empty.IsEmpty + " " + default(Span<int>).Length);
    }
}
