// Dictionary-heavy workload: Dictionary<int,int> and Dictionary<string,int>
// with inserts, hits, misses, updates and removals. The checksum only uses
// order-independent quantities (sums and counts), so it does not depend on
// the hash function or on the enumeration order of a runtime's Dictionary.
// Usage: dictionary [n]   (default 400000)
using System;
using System.Collections.Generic;

public static class DictionaryBench
{
    static uint state = 12345;

    static int NextRandom(int bound)
    {
        // xorshift32: deterministic across runtimes
        uint x = state;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        state = x;
        return (int)(x % (uint)bound);
    }

    static long IntPhase(int n)
    {
        Dictionary<int, int> map = new Dictionary<int, int>();
        long check = 0;
        int range = n * 2;

        // Inserts and updates (keys collide about half the time).
        for (int i = 0; i < n; i++)
        {
            int key = NextRandom(range);
            int old;
            if (map.TryGetValue(key, out old)) map[key] = old + i;
            else map.Add(key, i);
        }
        check += map.Count;

        // Lookups: mixture of hits and misses.
        for (int i = 0; i < 2 * n; i++)
        {
            int value;
            if (map.TryGetValue(NextRandom(range), out value)) check += value & 0xFF;
            else check += 1;
        }

        // Removals, then re-insertions into the freed slots.
        for (int i = 0; i < n; i++)
        {
            if (map.Remove(NextRandom(range))) check += 3;
        }
        check += map.Count * 7L;
        for (int i = 0; i < n / 2; i++)
        {
            map[NextRandom(range)] = i;
        }

        // Order-independent fold over the contents.
        long keySum = 0, valueSum = 0;
        foreach (KeyValuePair<int, int> kv in map)
        {
            keySum += kv.Key;
            valueSum += kv.Value;
        }
        return check + keySum * 3 + valueSum + map.Count;
    }

    static long StringPhase(int n)
    {
        int count = n / 4;
        string[] keys = new string[count];
        for (int i = 0; i < count; i++) keys[i] = "key" + (i * 7919 % 1000003);

        Dictionary<string, int> map = new Dictionary<string, int>();
        long check = 0;
        for (int i = 0; i < count; i++) map[keys[i]] = i;
        for (int round = 0; round < 4; round++)
        {
            for (int i = 0; i < count; i++)
            {
                string k = keys[NextRandom(count)];
                int value;
                if (map.TryGetValue(k, out value)) check += value;
                map[k] = value + 1;
            }
        }
        for (int i = 0; i < count; i += 3)
        {
            if (map.Remove(keys[i])) check += 5;
        }
        // Misses with freshly built strings.
        for (int i = 0; i < count; i++)
        {
            if (map.ContainsKey("nokey" + i)) check -= 1000;
        }
        long valueSum = 0;
        foreach (int v in map.Values) valueSum += v;
        return check + valueSum + map.Count;
    }

    public static int Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 400000;
        long a = IntPhase(n);
        long b = StringPhase(n);
        Console.WriteLine("dictionary(" + n + ") int=" + a + " string=" + b);
        return 0;
    }
}
