import { Component, type ComponentChildren } from 'preact';

const RESTART_MS = 3_000;

/**
 * A render error must not leave a TV blank or frozen: show the fallback, then mount the player
 * afresh. The restarted player resumes from its cached playlist and queued impressions.
 */
export class ErrorBoundary extends Component<{ fallback: ComponentChildren; children: ComponentChildren }, { failedAt: number | null; generation: number }> {
  override state = { failedAt: null as number | null, generation: 0 };
  private timer: ReturnType<typeof setTimeout> | null = null;

  override componentDidCatch(error: unknown): void {
    console.error('player crashed, restarting', error);
    this.setState({ failedAt: Date.now() });
    this.timer = setTimeout(() => this.setState((s) => ({ failedAt: null, generation: s.generation + 1 })), RESTART_MS);
  }

  override componentWillUnmount(): void {
    if (this.timer) clearTimeout(this.timer);
  }

  override render() {
    if (this.state.failedAt !== null) return this.props.fallback;
    return (
      <div key={this.state.generation} style={{ display: 'contents' }}>
        {this.props.children}
      </div>
    );
  }
}
