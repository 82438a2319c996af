import {Component, CUSTOM_ELEMENTS_SCHEMA, signal} from '@angular/core';
import type {CareerWidgetEventDetail} from 'career-widgets';
import 'career-widgets/career-profile.js';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <career-profile [career]="career()" lang="is" sections="overview wages" (career-widget-load)="onLoad($event)"></career-profile>
    <p>{{ loaded() }}</p>
    <button type="button" (click)="career.set('registered-nurse')">Registered nurses</button>
  `,
})
export class AppComponent {
  readonly career = signal('customer-service-representative');
  readonly loaded = signal('');

  onLoad(event: CustomEvent<CareerWidgetEventDetail>) {
    this.loaded.set(event.detail.title ?? '');
  }
}
