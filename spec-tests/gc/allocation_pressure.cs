// Many short-lived allocations plus a retained set; GC.Collect; only deterministic facts printed.
using System;
using System.Collections.Generic;

class Node
{
    public int Value;
    public Node? Next;
    public byte[] Payload = new byte[64];
}

class Program
{
    static void Main()
    {
        long checksum = 0;
        var retained = new List<Node>();
        for (int round = 0; round < 200; round++)
        {
            Node? head = null;
            for (int i = 0; i < 1000; i++)
            {
                head = new Node { Value = i, Next = head };
                head.Payload[i % 64] = (byte)i;
            }
            for (var n = head; n != null; n = n.Next) checksum += n.Value + n.Payload[n.Value % 64];
            if (round % 20 == 0) retained.Add(head!);
        }
        Console.WriteLine("checksum " + checksum);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long retainedSum = 0;
        foreach (var h in retained)
            for (var n = h; n != null; n = n.Next) retainedSum += n.Value;
        Console.WriteLine("retained lists " + retained.Count + " sum " + retainedSum);
        var strings = new List<string>();
        for (int i = 0; i < 100_000; i++)
        {
            string s = "item" + i;
            if (i % 10_000 == 0) strings.Add(s);
        }
        Console.WriteLine(string.Join(",", strings));
        var big = new int[10_000_000];
        big[^1] = 7;
        Console.WriteLine(big.Length + " " + big[^1]);
        Console.WriteLine(GC.MaxGeneration >= 1);
        Console.WriteLine(GC.GetGeneration(new object()) >= 0);
    }
}
