// List<T>: add/insert/remove, capacity growth is not printed, search, sort, ranges, conversion.
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var list = new List<int> { 5, 3, 8 };
        list.Add(1);
        list.Insert(0, 9);
        list.InsertRange(2, new[] { 7, 7 });
        Console.WriteLine(string.Join(",", list) + " count=" + list.Count);
        Console.WriteLine(list.Remove(7) + " " + list.Remove(42) + " " + string.Join(",", list));
        list.RemoveAt(0);
        Console.WriteLine(string.Join(",", list));
        Console.WriteLine(list.RemoveAll(x => x > 6) + " " + string.Join(",", list));
        list.AddRange(new[] { 4, 2, 6 });
        Console.WriteLine(list.IndexOf(2) + " " + list.LastIndexOf(2) + " " + list.Contains(6) + " " + list.Find(x => x % 2 == 0) + " " + list.FindIndex(x => x > 4));
        list.Sort();
        Console.WriteLine(string.Join(",", list) + " bs(4)=" + list.BinarySearch(4) + " bs(5)=" + list.BinarySearch(5));
        list.Reverse();
        Console.WriteLine(string.Join(",", list));
        Console.WriteLine(string.Join(",", list.GetRange(1, 3)) + " " + string.Join(",", list[1..3]));
        list.RemoveRange(0, 2);
        Console.WriteLine(string.Join(",", list));
        var copy = new List<int>(list);
        copy[0] = 100;
        Console.WriteLine(list[0] + " " + copy[0]);
        var strings = list.ConvertAll(x => "#" + x);
        Console.WriteLine(string.Join(" ", strings));
        list.ForEach(x => Console.Write(x * 10 + " "));
        Console.WriteLine();
        Console.WriteLine(list.TrueForAll(x => x > 0) + " " + list.Exists(x => x == 3));
        int[] arr = list.ToArray();
        list.Clear();
        Console.WriteLine(arr.Length + " " + list.Count);
        var ro = copy.AsReadOnly();
        Console.WriteLine(ro.Count + " " + ro[0]);
        var people = new List<(string Name, int Age)> { ("Zed", 30), ("Amy", 25), ("Bob", 30), ("Cat", 25) };
        people.Sort((a, b) => a.Age != b.Age ? a.Age.CompareTo(b.Age) : string.CompareOrdinal(a.Name, b.Name));
        Console.WriteLine(string.Join(" ", people));
        var nested = new List<List<int>> { new() { 1 }, new() { 2, 3 } };
        nested[1].Add(4);
        Console.WriteLine(nested.Sum(l => l.Count));
    }
}
