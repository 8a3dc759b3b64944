/** A district meeting report with navigation, an info line, a share line and a side column. */
export function districtMeetingPage(sideExtra = ''): string {
  return `
  <div id="nav">首页 政务公开 新闻中心 互动交流</div>
  <div id="main">
    <h1>示例区召开城市更新工作推进会</h1>
    <div class="info">发布时间：2024-04-02 09:00 来源：示例区政府办</div>
    <div id="text">
      <p>4月1日，示例区召开城市更新工作推进会，区长宋清和主持会议并讲话。</p>
      <p>会议听取了老旧小区改造、背街小巷整治等项目进展情况汇报，研究部署下一阶段重点任务。</p>
      <p class="share">分享到微信朋友圈扫一扫在手机打开当前页</p>
      <p>会议要求，各街道要倒排工期、挂图作战，确保年度改造任务按期完成，让群众早受益。</p>
    </div>
  </div>
  <div id="side"><p>区长信箱：关于小区加装电梯补贴标准的答复，按照全区统一政策执行，具体以街道公示为准。</p>${sideExtra}</div>`;
}
