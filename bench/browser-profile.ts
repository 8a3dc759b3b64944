import type { CDPSession, Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * The V8 sampling profiler around each page's extraction runs (CDP), summed by function over
 * the corpus: the figure that says which part of extraction is slow, so a missed target comes
 * with its cause. A session per page, since a cross-origin-isolated navigation may swap process.
 */
export class FunctionProfile {
  private self = new Map<string, number>();
  private total = 0;
  private cdp: CDPSession | null = null;

  async start(page: Page): Promise<void> {
    this.cdp = await page.context().newCDPSession(page);
    await this.cdp.send('Profiler.enable');
    await this.cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await this.cdp.send('Profiler.start');
  }

  async stop(): Promise<void> {
    if (!this.cdp) return;
    const { profile } = (await this.cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    await this.cdp.detach();
    this.cdp = null;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const n = byId.get(id);
      const dt = profile.timeDeltas[i] ?? 0;
      if (!n || ['(idle)', '(program)', '(root)'].includes(n.callFrame.functionName)) return;
      const key = n.callFrame.functionName || '(anonymous)';
      this.self.set(key, (this.self.get(key) ?? 0) + dt);
      this.total += dt;
    });
  }

  print(top = 40): void {
    // The harness forces a collection before every timed step: that is not extraction's garbage.
    const gc = this.self.get('(garbage collector)') ?? 0;
    const total = this.total - gc;
    console.log(
      `\nprofile: self time by function while extractPage and the text walk ran, top ${top} of ${(total / 1000).toFixed(0)} ms (forced collections, ${(gc / 1000).toFixed(0)} ms, left out):`,
    );
    for (const [k, us] of [...this.self.entries()]
      .filter(([k]) => k !== '(garbage collector)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, top))
      console.log(`  ${(us / 1000).toFixed(1).padStart(8)} ms  ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`);
  }
}
