// Array.Sort (with keys, comparers, Comparison), BinarySearch, Find helpers; sort is unstable
// in general, so only inputs with distinct keys or stable-by-construction outputs are printed.
using System;

class Program
{
    record Item(string Name, int Rank);

    static void Main()
    {
        int[] nums = { 5, 3, 9, -1, 0, 12, 7, 3 };
        Array.Sort(nums);
        Console.WriteLine(string.Join(",", nums));
        Console.WriteLine(Array.BinarySearch(nums, 7) + " " + Array.BinarySearch(nums, 4) + " " + ~Array.BinarySearch(nums, 4));
        Array.Sort(nums, (x, y) => y.CompareTo(x));
        Console.WriteLine(string.Join(",", nums));
        string[] words = { "pear", "Apple", "fig", "banana", "cherry" };
        Array.Sort(words, StringComparer.Ordinal);
        Console.WriteLine(string.Join(",", words));
        Array.Sort(words, (a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b));
        Console.WriteLine(string.Join(",", words));
        int[] keys = { 3, 1, 2 };
        string[] vals = { "three", "one", "two" };
        Array.Sort(keys, vals);
        Console.WriteLine(string.Join(",", keys) + " " + string.Join(",", vals));
        double[] ds = { 2.5, -0.5, 1e10, -1e-10 };
        Array.Sort(ds);
        Console.WriteLine(string.Join(",", ds));
        int[] part = { 9, 8, 7, 6, 5, 4 };
        Array.Sort(part, 1, 4);
        Console.WriteLine(string.Join(",", part));
        var items = new[] { new Item("c", 3), new Item("a", 1), new Item("b", 2) };
        Array.Sort(items, (x, y) => x.Rank - y.Rank);
        Console.WriteLine(string.Join(",", items.Select(i => i.Name)));
        Console.WriteLine(Array.Find(nums, n => n > 5) + " " + Array.FindIndex(nums, n => n < 0) + " " + Array.FindLast(nums, n => n > 5) + " " + string.Join(",", Array.FindAll(nums, n => n % 3 == 0)));
        Console.WriteLine(Array.Exists(nums, n => n == 12) + " " + Array.TrueForAll(nums, n => n > -5) + " " + string.Join(",", Array.ConvertAll(keys, k => k * 1.5)));
        var big = new int[2000];
        for (int i = 0; i < big.Length; i++) big[i] = (i * 7919) % 2003;
        Array.Sort(big);
        bool ok = true;
        for (int i = 1; i < big.Length; i++) ok &= big[i - 1] <= big[i];
        Console.WriteLine("sorted=" + ok + " first=" + big[0] + " last=" + big[^1]);
        char[] letters = "dotnode".ToCharArray();
        Array.Sort(letters);
        Console.WriteLine(new string(letters));
    }
}
